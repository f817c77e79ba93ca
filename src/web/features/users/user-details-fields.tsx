import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { Role } from '../../../shared/users';
import { useCurrentUser } from '../auth/current-user';
import { roleOptions } from './user-permissions';

export type UserDetailsValues = { name: string; email: string; role: Role; phone: string };

/** Name, email, role and phone: the part of a user that the create and edit forms share. */
export function UserDetailsFields<V extends UserDetailsValues>({
  form,
  roleLockedReason,
}: {
  form: UseFormReturnType<V>;
  roleLockedReason?: string;
}) {
  const me = useCurrentUser();
  return (
    <>
      <TextInput
        label="Full name"
        placeholder="Riley Brooks"
        data-autofocus
        {...form.getInputProps('name')}
      />
      <TextInput
        label="Email"
        type="email"
        placeholder="riley@company.com"
        description="They sign in with this address."
        {...form.getInputProps('email')}
      />
      <SimpleGrid cols={2} spacing="md">
        <Select
          label="Role"
          data={roleOptions(me)}
          allowDeselect={false}
          disabled={Boolean(roleLockedReason)}
          description={roleLockedReason}
          {...form.getInputProps('role')}
        />
        <TextInput label="Phone" placeholder="+1 713 555 0100" type="tel" {...form.getInputProps('phone')} />
      </SimpleGrid>
    </>
  );
}
