import { NavLink, Stack, Text } from '@mantine/core';
import {
  IconAddressBook,
  IconAdjustmentsHorizontal,
  IconBuildingFactory2,
  IconChartBar,
  IconChecklist,
  IconCopy,
  IconFileImport,
  IconInbox,
  IconLayoutKanban,
  IconMailCancel,
  IconMailForward,
  IconMap2,
  IconPhoneCall,
  IconPresentationAnalytics,
  IconTemplate,
  IconUserCircle,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { Link, useMatch } from 'react-router';
import type { Me } from '../../shared/users';
import { canManageUsers, useCurrentUser } from '../features/auth/current-user';
import { CallbackReminders, OverdueBadge } from '../features/tasks/callback-reminders';

type Section = {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  visibleTo: (me: Me) => boolean;
  badge?: ComponentType;
};

const everyone = () => true;
const rep = (me: Me) => me.role === 'rep';

// Only sections that exist; each appears for the roles that may open it, in groups a person scans by task.
const groups: { label: string | null; sections: Section[] }[] = [
  {
    label: null,
    sections: [
      { to: '/', label: 'My day', icon: IconPhoneCall, visibleTo: everyone },
      {
        to: '/follow-ups',
        label: 'Follow-ups',
        icon: IconChecklist,
        visibleTo: everyone,
        badge: OverdueBadge,
      },
      { to: '/numbers', label: 'My numbers', icon: IconChartBar, visibleTo: rep },
      { to: '/numbers', label: 'Team numbers', icon: IconChartBar, visibleTo: canManageUsers },
      { to: '/reports', label: 'Reports', icon: IconPresentationAnalytics, visibleTo: everyone },
    ],
  },
  {
    label: 'Leads',
    sections: [
      { to: '/pool', label: 'Lead pool', icon: IconInbox, visibleTo: rep },
      { to: '/contacts', label: 'Contacts', icon: IconAddressBook, visibleTo: everyone },
      { to: '/deals', label: 'Deals', icon: IconLayoutKanban, visibleTo: everyone },
      { to: '/companies', label: 'Companies', icon: IconBuildingFactory2, visibleTo: everyone },
      { to: '/territories', label: 'Territories', icon: IconMap2, visibleTo: canManageUsers },
      { to: '/conflicts', label: 'Conflicts', icon: IconCopy, visibleTo: canManageUsers },
      { to: '/imports', label: 'Imports', icon: IconFileImport, visibleTo: canManageUsers },
    ],
  },
  {
    label: 'Email',
    sections: [
      { to: '/templates', label: 'Templates', icon: IconTemplate, visibleTo: everyone },
      { to: '/outbox', label: 'Outbox', icon: IconMailForward, visibleTo: everyone },
      { to: '/suppressions', label: 'Suppressions', icon: IconMailCancel, visibleTo: canManageUsers },
    ],
  },
  {
    label: 'Team',
    sections: [
      { to: '/users', label: 'Users', icon: IconUsers, visibleTo: canManageUsers },
      {
        to: '/settings/leads',
        label: 'Lead rules',
        icon: IconAdjustmentsHorizontal,
        visibleTo: canManageUsers,
      },
      { to: '/account', label: 'Account', icon: IconUserCircle, visibleTo: everyone },
    ],
  },
];

/** `onNavigate` closes the navigation drawer on a phone once a page is picked. */
export function MainNavigation({ onNavigate }: { onNavigate: () => void }) {
  const me = useCurrentUser();
  return (
    <nav aria-label="Main">
      <Stack gap="sm">
        {groups.map((group) => {
          const shown = group.sections.filter((section) => section.visibleTo(me));
          if (shown.length === 0) return null;
          return (
            <Stack gap={2} key={group.label ?? 'work'}>
              {group.label ? (
                <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" pt={4} aria-hidden>
                  {group.label}
                </Text>
              ) : null}
              {shown.map((section) => (
                <NavigationLink key={section.label} section={section} onNavigate={onNavigate} />
              ))}
            </Stack>
          );
        })}
      </Stack>
      <CallbackReminders />
    </nav>
  );
}

function NavigationLink({ section, onNavigate }: { section: Section; onNavigate: () => void }) {
  // A section stays lit on its detail pages (/contacts/:id), except My day, which is the root.
  const active = useMatch({ path: section.to, end: section.to === '/' }) !== null;
  const Icon = section.icon;
  const Badge = section.badge;
  return (
    <NavLink
      component={Link}
      to={section.to}
      label={section.label}
      active={active}
      onClick={onNavigate}
      aria-current={active ? 'page' : undefined}
      leftSection={<Icon size={18} stroke={1.6} />}
      rightSection={Badge ? <Badge /> : null}
      variant="light"
      fw={500}
      style={{ borderRadius: 'var(--mantine-radius-sm)' }}
    />
  );
}
