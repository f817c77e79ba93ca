import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { applyFieldIssues } from '../../api/form-errors';
import { stateOptions } from '../../lib/state-options';
import { existingCompanyId, useCreateCompany } from './companies-api';
import {
  type CompanyValues,
  companyFields,
  companyInput,
  emptyCompanyValues,
  validateCompany,
} from './company-form';

export function NewCompanyModal({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  const createCompany = useCreateCompany();
  const [formError, setFormError] = useState<string | null>(null);
  const [existing, setExisting] = useState<{ id: string; message: string } | null>(null);
  const form = useForm<CompanyValues>({ initialValues: emptyCompanyValues, validate: validateCompany });

  const submit = (values: CompanyValues) => {
    setFormError(null);
    setExisting(null);
    createCompany.mutate(companyInput(values), {
      onSuccess: (company) => {
        notifications.show({ color: 'teal', title: 'Company created', message: company.name });
        onClose();
        navigate(`/companies/${company.id}`);
      },
      onError: (error) => {
        const id = existingCompanyId(error);
        if (id) setExisting({ id, message: error.message });
        else setFormError(applyFieldIssues(form, error, companyFields));
      },
    });
  };

  const field = (name: keyof CompanyValues) => form.getInputProps(name);
  return (
    <Modal opened onClose={onClose} title="New company" size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          {existing ? (
            <Alert color="yellow" variant="light" role="alert" title="Already in Lowboy">
              {existing.message}{' '}
              <Anchor component={Link} to={`/companies/${existing.id}`} onClick={onClose} fw={500}>
                Open it
              </Anchor>
            </Alert>
          ) : null}
          <TextInput
            label="Name"
            placeholder="Permian Crane & Rigging"
            data-autofocus
            withAsterisk
            {...field('name')}
          />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label="Industry" placeholder="Cranes and rigging" {...field('industry')} />
            <NumberInput
              label="Fleet size"
              placeholder="Trucks and trailers"
              min={0}
              allowDecimal={false}
              {...field('fleetSize')}
            />
          </SimpleGrid>
          <TextInput
            label="Equipment they move"
            placeholder="crawler cranes, lattice booms"
            {...field('equipment')}
          />
          <SimpleGrid cols={3} spacing="sm">
            <TextInput label="Website" placeholder="permiancrane.com" {...field('website')} />
            <TextInput label="HQ city" placeholder="Odessa" {...field('hqCity')} />
            <Select label="HQ state" data={stateOptions} searchable clearable {...field('hqState')} />
          </SimpleGrid>
          <Textarea label="Notes" autosize minRows={2} {...field('notes')} />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={createCompany.isPending}>
              Create company
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
