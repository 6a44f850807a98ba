import { Button, Center } from "@mantine/core";

/** What the button needs of an infinite query. */
export interface PagedList {
  readonly hasNextPage: boolean;
  readonly isFetchingNextPage: boolean;
  fetchNextPage(): Promise<unknown>;
}

/** Loads a list's next page; nothing while there is none. */
export function ShowMoreButton({ list, mt }: { readonly list: PagedList; readonly mt?: string }) {
  if (!list.hasNextPage) return null;
  return (
    <Center mt={mt}>
      <Button
        variant="default"
        loading={list.isFetchingNextPage}
        onClick={() => void list.fetchNextPage()}
      >
        Show more
      </Button>
    </Center>
  );
}
