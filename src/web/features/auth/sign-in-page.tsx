import {
  Alert,
  Center,
  Code,
  Divider,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { IconInfoCircle, IconTruck } from '@tabler/icons-react';
import { useRef } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { loginSchema } from '../../../shared/users';
import { isApiError } from '../../api/client';
import { applyFieldIssues } from '../../api/form-errors';
import { useDemoProfiles, useMe, useSignIn } from './auth-api';
import { DemoProfilePicker } from './demo-profile-picker';
import { safeNextPath } from './require-auth';
import { SignInForm, type SignInValues } from './sign-in-form';

export function SignInPage() {
  useDocumentTitle('Sign in · Lowboy');
  const me = useMe();
  const demo = useDemoProfiles();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const passwordRef = useRef<HTMLInputElement>(null);
  const form = useForm<SignInValues>({
    initialValues: { email: '', password: '' },
    validate: schemaResolver(loginSchema, { sync: true }),
  });

  if (me.data) return <Navigate to={next} replace />;

  const profiles = demo.data?.profiles ?? [];
  const isDemo = profiles.length > 0;

  const submit = (values: SignInValues) => {
    signIn.mutate(values, {
      onSuccess: () => navigate(next, { replace: true }),
      onError: (error) => {
        if (isApiError(error, 'validation_failed')) applyFieldIssues(form, error, ['email', 'password']);
        if (isApiError(error, 'invalid_credentials')) {
          form.setFieldValue('password', '');
          passwordRef.current?.focus();
        }
      },
    });
  };

  const error = signIn.error && !isApiError(signIn.error, 'validation_failed') ? signIn.error.message : null;

  const signInForm = (
    <SignInForm
      form={form}
      onSubmit={submit}
      submitting={signIn.isPending}
      error={error}
      passwordRef={passwordRef}
    />
  );

  return (
    <Center mih="100vh" bg="var(--mantine-color-gray-0)" py={48} px="md">
      <Stack align="center" gap="xl" w="100%">
        <Stack align="center" gap={6}>
          <Group gap="xs">
            <ThemeIcon size={36} radius="md" aria-hidden>
              <IconTruck size={22} />
            </ThemeIcon>
            <Title order={1} fz={26}>
              Lowboy
            </Title>
          </Group>
          <Text c="dimmed">
            {demo.data?.orgName ? `Sign in to ${demo.data.orgName}` : 'Sign in to your sales workspace'}
          </Text>
        </Stack>

        <Paper withBorder shadow="xs" radius="md" p="xl" w="100%" maw={isDemo ? 880 : 400}>
          {isDemo ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={40}>
              <Stack gap="md">
                <Title order={2}>Sign in</Title>
                {signInForm}
                <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} mt="auto" role="note">
                  This is a demo workspace. Every profile’s password is <Code>lowboy-demo</Code>
                </Alert>
              </Stack>
              <Stack gap="sm" pos="relative">
                <Divider
                  orientation="vertical"
                  pos="absolute"
                  left={-20}
                  top={0}
                  bottom={0}
                  visibleFrom="sm"
                />
                <Stack gap={2}>
                  <Title order={2}>Select your profile</Title>
                  <Text c="dimmed">Pick who you are, then type your password.</Text>
                </Stack>
                <DemoProfilePicker
                  profiles={profiles}
                  selectedEmail={form.values.email}
                  onPick={(profile) => {
                    form.setFieldValue('email', profile.email);
                    form.clearErrors();
                    signIn.reset();
                    passwordRef.current?.focus();
                  }}
                />
              </Stack>
            </SimpleGrid>
          ) : (
            signInForm
          )}
        </Paper>

        <Text size="xs" c="dimmed">
          Forgot your password? Ask your sales manager or an admin to reset it.
        </Text>
      </Stack>
    </Center>
  );
}
