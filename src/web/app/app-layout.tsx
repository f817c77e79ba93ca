import { AppShell, Burger, Group, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTruck } from '@tabler/icons-react';
import { Outlet } from 'react-router';
import { SearchSpotlight } from '../features/search/search-spotlight';
import { SearchTrigger } from '../features/search/search-trigger';
import { MainNavigation } from './main-navigation';
import { SignedInPerson } from './signed-in-person';

export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: { base: 52, sm: 0 } }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={0}
    >
      <AppShell.Header hiddenFrom="sm" px="md">
        <Group h="100%" gap="sm">
          <Burger opened={navOpened} onClick={nav.toggle} size="sm" aria-label="Toggle navigation" />
          <ProductName />
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" bg="var(--mantine-color-gray-0)">
        <AppShell.Section px={6} pt={4} pb="md" visibleFrom="sm">
          <ProductName />
        </AppShell.Section>
        <AppShell.Section pb="sm">
          <SearchTrigger />
        </AppShell.Section>
        <AppShell.Section grow>
          <MainNavigation onNavigate={nav.close} />
        </AppShell.Section>
        <AppShell.Section pt="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
          <SignedInPerson />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <SearchSpotlight />
    </AppShell>
  );
}

function ProductName() {
  return (
    <Group gap={8}>
      <ThemeIcon size={26} radius="sm" aria-hidden>
        <IconTruck size={16} />
      </ThemeIcon>
      <Text fw={650} size="md">
        Lowboy
      </Text>
    </Group>
  );
}
