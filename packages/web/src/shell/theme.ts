import { createTheme, localStorageColorSchemeManager } from "@mantine/core";

/** Same key as public/color-scheme.js, which applies it before the first paint. */
export const COLOR_SCHEME_STORAGE_KEY = "orrery-color-scheme";

export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY });

// System fonts only: the app works offline and under a CSP that allows no font hosts.
const systemSans =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: "indigo",
  // Shade 7 keeps white button text above 4.5:1 in both schemes.
  primaryShade: { light: 7, dark: 7 },
  fontFamily: systemSans,
  fontFamilyMonospace: 'ui-monospace, "SF Mono", "Cascadia Code", "DejaVu Sans Mono", monospace',
  headings: { fontFamily: systemSans, fontWeight: "650" },
  defaultRadius: "md",
  cursorType: "pointer",
  autoContrast: true,
  // People who ask their system for less motion get no sliding or fading.
  respectReducedMotion: true,
  focusRing: "auto",
  components: {
    Table: { defaultProps: { verticalSpacing: 6, horizontalSpacing: "sm", fz: "sm" } },
    Badge: { defaultProps: { radius: "sm" } },
    // Mantine's initial-focus placeholder inside the menu is a tabbable "presentation" element,
    // which axe rightly reports; without it the first item takes focus when opened by keyboard.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    // The same for the close button of a toast.
    Notification: { defaultProps: { closeButtonProps: { "aria-label": "Dismiss notification" } } },
    Modal: {
      defaultProps: {
        centered: true,
        radius: "md",
        // Mantine's close button is an icon alone; screen readers need its name.
        closeButtonProps: { "aria-label": "Close dialog" },
      },
      styles: { title: { fontWeight: 650, fontSize: "var(--mantine-font-size-lg)" } },
    },
  },
});
