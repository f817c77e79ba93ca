import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ContactInput } from '../../../shared/contacts';
import { applyFieldIssues } from '../../api/form-errors';
import { stateOptions } from '../../lib/state-options';
import {
  contactFormFields,
  emptyContactValues,
  type NewContactValues,
  newContactSchema,
} from './contact-form-schema';
import { type DuplicateMatch, duplicateMatches, useCreateContact, useDuplicateCheck } from './contacts-api';
import { DuplicateWarning } from './duplicate-warning';
import { useTeam } from './team-api';

/** What the duplicate check compares: only worth asking once there is a phone, an email or name + company. */
function duplicateProbe(v: NewContactValues): ContactInput | null {
  const probe = {
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    companyName: v.companyName.trim(),
    phone: v.phone.trim(),
    mobile: v.mobile.trim(),
    email: v.email.trim(),
  };
  const phoneDigits = (s: string) => s.replace(/\D/g, '').length >= 10;
  const worth =
    phoneDigits(probe.phone) ||
    phoneDigits(probe.mobile) ||
    probe.email.includes('@') ||
    (probe.firstName && probe.companyName);
  return worth ? probe : null;
}

export function NewContactModal({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const team = useTeam();
  const createContact = useCreateContact();
  const [formError, setFormError] = useState<string | null>(null);
  const [refused, setRefused] = useState<DuplicateMatch[] | null>(null);
  const form = useForm<NewContactValues>({
    initialValues: emptyContactValues,
    validate: schemaResolver(newContactSchema, { sync: true }),
    onValuesChange: () => setRefused(null),
  });
  const [probe] = useDebouncedValue(duplicateProbe(form.values), 350);
  const check = useDuplicateCheck(probe);
  const matches = refused ?? (probe ? (check.data ?? []) : []);

  const submit = (values: NewContactValues) => {
    setFormError(null);
    const { ownerId, ...input } = values;
    createContact.mutate(
      {
        ...input,
        ...(team.manager ? { ownerId: ownerId === 'none' ? null : ownerId } : {}),
        allowDuplicate: matches.length > 0,
      },
      {
        onSuccess: (contact) => {
          notifications.show({ color: 'teal', title: 'Contact created', message: contact.name });
          onClose();
          navigate(`/contacts/${contact.id}`);
        },
        onError: (error) => {
          const found = duplicateMatches(error);
          if (found) setRefused(found);
          else setFormError(applyFieldIssues(form, error, contactFormFields));
        },
      },
    );
  };

  const field = (name: keyof NewContactValues) => form.getInputProps(name);
  return (
    <Modal opened onClose={onClose} title="New contact" size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label="First name" placeholder="Dale" data-autofocus {...field('firstName')} />
            <TextInput label="Last name" placeholder="Hughes" {...field('lastName')} />
            <TextInput label="Company" placeholder="Lone Star Excavation" {...field('companyName')} />
            <TextInput label="Title" placeholder="Fleet Manager" {...field('title')} />
            <TextInput label="Phone" type="tel" placeholder="(214) 555-0187 x12" {...field('phone')} />
            <TextInput label="Mobile" type="tel" placeholder="(214) 555-0199" {...field('mobile')} />
            <TextInput
              label="Email"
              type="email"
              placeholder="dale@lonestarexcavation.com"
              {...field('email')}
            />
            <TextInput label="Source" placeholder="Trade show" {...field('source')} />
          </SimpleGrid>
          <SimpleGrid cols={3} spacing="sm">
            <TextInput label="City" placeholder="Dallas" {...field('city')} />
            <Select
              label="State"
              placeholder="Pick a state"
              data={stateOptions}
              searchable
              clearable
              {...field('state')}
            />
            <TextInput label="ZIP" placeholder="75201" {...field('zip')} />
          </SimpleGrid>
          <SimpleGrid cols={team.manager ? 2 : 1} spacing="sm">
            <TagsInput label="Tags" placeholder="Type a tag, press Enter" clearable {...field('tags')} />
            {team.manager ? (
              <Select
                label="Owner"
                data={[
                  { value: 'none', label: 'Unassigned (the pool)' },
                  ...team.people.map((u) => ({ value: u.id, label: u.name })),
                ]}
                allowDeselect={false}
                searchable
                {...field('ownerId')}
              />
            ) : null}
          </SimpleGrid>
          {matches.length ? <DuplicateWarning matches={matches} /> : null}
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              type="submit"
              color={matches.length ? 'yellow.7' : undefined}
              loading={createContact.isPending}
            >
              {matches.length ? 'Create anyway' : 'Create contact'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
