import { Group, Progress, Text } from '@mantine/core';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../shared/users';

type Strength = { score: number; label: string; color: string };

/** A rough, honest hint: length matters most; mixing kinds of characters helps a little. */
export function ratePassword(password: string): Strength {
  if (password.length === 0) return { score: 0, label: `At least ${PASSWORD_MIN} characters`, color: 'gray' };
  if (password.length < PASSWORD_MIN) {
    const missing = PASSWORD_MIN - password.length;
    return { score: 15, label: `${missing} more character${missing === 1 ? '' : 's'} needed`, color: 'red' };
  }
  if (password.length > PASSWORD_MAX)
    return { score: 100, label: `At most ${PASSWORD_MAX} characters`, color: 'red' };
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  const points = password.length + kinds * 3;
  if (points >= 26) return { score: 100, label: 'Strong', color: 'teal' };
  if (points >= 19) return { score: 70, label: 'Good', color: 'lime' };
  return { score: 45, label: 'Fair — a longer phrase is stronger', color: 'yellow' };
}

export function PasswordStrength({ password }: { password: string }) {
  const strength = ratePassword(password);
  return (
    <Group gap="sm" wrap="nowrap" mt={6} aria-live="polite">
      <Progress value={strength.score} color={strength.color} size={4} w={120} aria-hidden />
      <Text size="xs" c="dimmed">
        {strength.label}
      </Text>
    </Group>
  );
}
