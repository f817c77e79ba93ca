import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import type { User } from '../../../shared/users';
import { useCurrentUser } from '../auth/current-user';
import { mayManage } from './user-permissions';

export type UserAction = 'edit' | 'reset-password' | 'deactivate' | 'reactivate';

export function UserRowMenu({ user, onAction }: { user: User; onAction: (action: UserAction) => void }) {
  const me = useCurrentUser();
  const allowed = mayManage(me, user);
  const isSelf = user.id === me.id;
  return (
    <Menu position="bottom-end" width={220} withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${user.name}`}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {allowed ? null : <Menu.Label>Only an admin can manage admin accounts</Menu.Label>}
        <Menu.Item
          leftSection={<IconPencil size={16} />}
          disabled={!allowed}
          onClick={() => onAction('edit')}
        >
          Edit
        </Menu.Item>
        <Menu.Item
          leftSection={<IconKey size={16} />}
          disabled={!allowed}
          onClick={() => onAction('reset-password')}
        >
          Reset password
        </Menu.Item>
        {isSelf ? null : (
          <>
            <Menu.Divider />
            {user.active ? (
              <Menu.Item
                color="red"
                leftSection={<IconUserOff size={16} />}
                disabled={!allowed}
                onClick={() => onAction('deactivate')}
              >
                Deactivate
              </Menu.Item>
            ) : (
              <Menu.Item
                leftSection={<IconUserCheck size={16} />}
                disabled={!allowed}
                onClick={() => onAction('reactivate')}
              >
                Reactivate
              </Menu.Item>
            )}
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
