import { Avatar, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { type DemoProfile, roleLabels } from '../../../shared/users';
import classes from './demo-profile-picker.module.css';

type Props = {
  profiles: DemoProfile[];
  selectedEmail: string;
  onPick: (profile: DemoProfile) => void;
};

/** The demo's people as buttons: picking one fills the email; the password is still typed. */
export function DemoProfilePicker({ profiles, selectedEmail, onPick }: Props) {
  return (
    <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
      {profiles.map((profile) => (
        <UnstyledButton
          key={profile.email}
          className={classes.profile}
          aria-pressed={profile.email === selectedEmail.trim().toLowerCase()}
          onClick={() => onPick(profile)}
        >
          <Avatar name={profile.name} color="initials" size={34} radius="xl" />
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={500} truncate>
              {profile.name}
            </Text>
            <Text size="xs" c="dimmed" truncate>
              {roleLabels[profile.role]}
            </Text>
          </Stack>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}
