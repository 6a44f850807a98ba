import { MantineProvider } from "@mantine/core";
import { DatesProvider } from "@mantine/dates";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { useState } from "react";
import { createQueryClient } from "./api/query-client.js";
import { createAppRouter } from "./router.js";
import { colorSchemeManager, theme } from "./shell/theme.js";

const PUBLIC_PATHS = ["/sign-in", "/setup", "/invite/"];

function createApp() {
  const queryClient = createQueryClient(() => {
    const { pathname, href } = router.state.location;
    if (PUBLIC_PATHS.some((path) => pathname.startsWith(path))) return;
    void router.navigate({ to: "/sign-in", search: { redirect: href } });
  });
  const router = createAppRouter(queryClient);
  return { queryClient, router };
}

export function App() {
  const [{ queryClient, router }] = useState(createApp);
  return (
    <MantineProvider
      theme={theme}
      colorSchemeManager={colorSchemeManager}
      defaultColorScheme="auto"
    >
      <DatesProvider settings={{ firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
