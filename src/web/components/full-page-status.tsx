import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';

export function FullPageLoader() {
  return (
    <Center h="100vh" aria-busy="true">
      <Loader size="sm" aria-label="Loading" />
    </Center>
  );
}

export function FullPageError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <Center h="100vh">
      <Stack align="center" gap="xs" maw={420} ta="center">
        <Title order={2}>Lowboy could not load</Title>
        <Text c="dimmed">{error.message}</Text>
        <Button variant="default" onClick={onRetry} mt="sm">
          Try again
        </Button>
      </Stack>
    </Center>
  );
}
