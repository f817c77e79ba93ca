import { Button, Menu, Text } from '@mantine/core';
import {
  IconCheck,
  IconChevronDown,
  IconDeviceFloppy,
  IconLayoutList,
  IconPencil,
  IconRefresh,
  IconTrash,
} from '@tabler/icons-react';
import type { SavedView } from '../../../shared/contacts';
import { canManageUsers, useCurrentUser } from '../auth/current-user';
import { sameList } from './contact-list-query';

/** Lists everyone gets without saving anything. */
export const builtInViews = [
  { name: 'All contacts', query: '', managersOnly: false },
  { name: 'My leads', query: 'owner=me', managersOnly: false },
  { name: 'Unassigned pool', query: 'owner=none', managersOnly: false },
  { name: 'Recently deleted', query: 'deleted=only', managersOnly: true },
];

export type ViewAction =
  | { kind: 'open'; query: string; view?: SavedView }
  | { kind: 'save' }
  | { kind: 'update' | 'rename' | 'delete'; view: SavedView };

type Props = { search: string; views: SavedView[]; onAction: (action: ViewAction) => void };

export function currentViewName(search: string, views: SavedView[]): string | null {
  const saved = views.find((v) => sameList(v.query, search));
  if (saved) return saved.name;
  return builtInViews.find((v) => sameList(v.query, search))?.name ?? null;
}

export function SavedViewsMenu({ search, views, onAction }: Props) {
  const me = useCurrentUser();
  const active = views.find((v) => sameList(v.query, search));
  const check = (query: string) => (sameList(query, search) ? <IconCheck size={14} /> : null);
  return (
    <Menu position="bottom-start" width={260} shadow="md" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconLayoutList size={16} />}
          rightSection={<IconChevronDown size={14} />}
        >
          Views
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {builtInViews
          .filter((v) => !v.managersOnly || canManageUsers(me))
          .map((v) => (
            <Menu.Item
              key={v.name}
              rightSection={check(v.query)}
              onClick={() => onAction({ kind: 'open', query: v.query })}
            >
              {v.name}
            </Menu.Item>
          ))}
        <Menu.Divider />
        <Menu.Label>Saved views</Menu.Label>
        {views.length === 0 ? (
          <Text size="xs" c="dimmed" px="sm" pb={6}>
            Filter the list, then save it to come back in one click.
          </Text>
        ) : (
          views.map((v) => (
            <Menu.Item
              key={v.id}
              rightSection={check(v.query)}
              onClick={() => onAction({ kind: 'open', query: v.query, view: v })}
            >
              {v.name}
            </Menu.Item>
          ))
        )}
        <Menu.Divider />
        <Menu.Item leftSection={<IconDeviceFloppy size={16} />} onClick={() => onAction({ kind: 'save' })}>
          Save as new view…
        </Menu.Item>
        {active ? (
          <>
            <Menu.Item
              leftSection={<IconRefresh size={16} />}
              onClick={() => onAction({ kind: 'update', view: active })}
            >
              Save columns to “{active.name}”
            </Menu.Item>
            <Menu.Item
              leftSection={<IconPencil size={16} />}
              onClick={() => onAction({ kind: 'rename', view: active })}
            >
              Rename “{active.name}”…
            </Menu.Item>
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => onAction({ kind: 'delete', view: active })}
            >
              Delete “{active.name}”
            </Menu.Item>
          </>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}
