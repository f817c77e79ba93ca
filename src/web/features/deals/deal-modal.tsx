import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Deal } from '../../../shared/deals';
import { isApiError } from '../../api/client';
import { applyFieldIssues } from '../../api/form-errors';
import { DealFormFields } from './deal-form-fields';
import {
  type DealFormValues,
  dealFormFields,
  dealFormSchema,
  dealToValues,
  emptyDealValues,
  toDealInput,
} from './deal-form-schema';
import { useCreateDeal, useUpdateDeal } from './deals-api';

/** A new deal for a contact; its title starts from the company ("Lone Star Excavation move"). */
export function NewDealModal({
  contact,
  onClose,
}: {
  contact: { id: string; name: string; companyName?: string | null };
  onClose: () => void;
}) {
  const navigate = useNavigate();
  const create = useCreateDeal();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DealFormValues>({
    initialValues: emptyDealValues,
    validate: schemaResolver(dealFormSchema, { sync: true }),
  });
  const submit = (values: DealFormValues) => {
    setFormError(null);
    create.mutate(
      { contactId: contact.id, ...toDealInput(values) },
      {
        onSuccess: (deal) => {
          notifications.show({ color: 'teal', title: 'Deal created', message: deal.title });
          onClose();
          navigate(`/deals/${deal.id}`);
        },
        onError: (error) => setFormError(applyFieldIssues(form, error, dealFormFields)),
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={`New deal with ${contact.name}`} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <DealFormFields form={form} withStage />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create deal
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function EditDealModal({ deal, onClose }: { deal: Deal; onClose: () => void }) {
  const update = useUpdateDeal(deal.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DealFormValues>({
    initialValues: dealToValues(deal),
    validate: schemaResolver(dealFormSchema, { sync: true }),
  });
  const submit = (values: DealFormValues) => {
    setFormError(null);
    const { stage: _stage, ...input } = toDealInput(values);
    update.mutate(
      { ...input, version: deal.version },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', title: 'Deal saved', message: deal.title });
          onClose();
        },
        onError: (error) =>
          setFormError(
            isApiError(error) && error.status === 409
              ? 'Someone changed this deal while you were editing. Close, look at the latest, and edit again.'
              : applyFieldIssues(form, error, dealFormFields),
          ),
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title="Edit deal" size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <DealFormFields form={form} withStage={false} />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
