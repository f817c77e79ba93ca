import { NavLink, Stack } from '@mantine/core';
import {
  IconAddressBook,
  IconAdjustmentsHorizontal,
  IconBuildingFactory2,
  IconChartBar,
  IconChecklist,
  IconCopy,
  IconFileImport,
  IconInbox,
  IconMailCancel,
  IconMailForward,
  IconMap2,
  IconPhoneCall,
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

// Only sections that exist; each appears for the roles that may open it.
const sections: Section[] = [
  { to: '/', label: 'My day', icon: IconPhoneCall, visibleTo: () => true },
  { to: '/follow-ups', label: 'Follow-ups', icon: IconChecklist, visibleTo: () => true, badge: OverdueBadge },
  { to: '/numbers', label: 'My numbers', icon: IconChartBar, visibleTo: (me) => me.role === 'rep' },
  { to: '/numbers', label: 'Team numbers', icon: IconChartBar, visibleTo: canManageUsers },
  { to: '/pool', label: 'Lead pool', icon: IconInbox, visibleTo: (me) => me.role === 'rep' },
  { to: '/contacts', label: 'Contacts', icon: IconAddressBook, visibleTo: () => true },
  { to: '/companies', label: 'Companies', icon: IconBuildingFactory2, visibleTo: () => true },
  { to: '/templates', label: 'Templates', icon: IconTemplate, visibleTo: () => true },
  { to: '/outbox', label: 'Outbox', icon: IconMailForward, visibleTo: () => true },
  { to: '/territories', label: 'Territories', icon: IconMap2, visibleTo: canManageUsers },
  { to: '/conflicts', label: 'Conflicts', icon: IconCopy, visibleTo: canManageUsers },
  { to: '/suppressions', label: 'Suppressions', icon: IconMailCancel, visibleTo: canManageUsers },
  { to: '/users', label: 'Users', icon: IconUsers, visibleTo: canManageUsers },
  { to: '/settings/leads', label: 'Lead rules', icon: IconAdjustmentsHorizontal, visibleTo: canManageUsers },
  { to: '/imports', label: 'Imports', icon: IconFileImport, visibleTo: canManageUsers },
  { to: '/account', label: 'Account', icon: IconUserCircle, visibleTo: () => true },
];

/** `onNavigate` closes the navigation drawer on a phone once a page is picked. */
export function MainNavigation({ onNavigate }: { onNavigate: () => void }) {
  const me = useCurrentUser();
  return (
    <nav aria-label="Main">
      <Stack gap={2}>
        {sections
          .filter((section) => section.visibleTo(me))
          .map((section) => (
            <NavigationLink key={section.label} section={section} onNavigate={onNavigate} />
          ))}
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
