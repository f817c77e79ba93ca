import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import type { Ref } from 'react';

export type SignInValues = { email: string; password: string };

type Props = {
  form: UseFormReturnType<SignInValues>;
  onSubmit: (values: SignInValues) => void;
  submitting: boolean;
  error: string | null;
  passwordRef: Ref<HTMLInputElement>;
};

export function SignInForm({ form, onSubmit, submitting, error, passwordRef }: Props) {
  return (
    <form onSubmit={form.onSubmit(onSubmit)} noValidate>
      <Stack gap="md">
        {error ? (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={18} />} role="alert">
            {error}
          </Alert>
        ) : null}
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          placeholder="you@company.com"
          data-autofocus
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          ref={passwordRef}
          {...form.getInputProps('password')}
        />
        <Button type="submit" fullWidth loading={submitting} mt={4}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
