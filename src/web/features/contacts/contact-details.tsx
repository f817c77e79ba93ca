import { Anchor, DataList, Paper, Text, Title } from '@mantine/core';
import { z } from 'zod';
import { type Contact, type ContactInput, contactInputSchema } from '../../../shared/contacts';
import { stateName } from '../../../shared/us-states';
import { InlineField } from '../../components/inline-field';
import { formatDate, phoneLabel, telHref } from '../../lib/format';
import { stateOptions } from '../../lib/state-options';
import { InlineTags } from './inline-tags';
import type { ContactEditor } from './use-contact-editor';

type TextKey =
  | 'firstName'
  | 'lastName'
  | 'title'
  | 'phone'
  | 'mobile'
  | 'email'
  | 'city'
  | 'state'
  | 'zip'
  | 'source'
  | 'notes';

function validatorFor(key: TextKey) {
  return (value: string): string | null => {
    const parsed = contactInputSchema.shape[key].safeParse(value);
    if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Not valid.';
    if (key === 'email' && value && !z.email().safeParse(value).success)
      return 'Enter a valid email address.';
    return null;
  };
}

/** The contact's fields, each editable in place (or read-only, with the reason shown above). */
export function ContactDetails({
  contact,
  editor,
  readOnly,
}: {
  contact: Contact;
  editor: ContactEditor;
  readOnly: boolean;
}) {
  const field = (
    key: TextKey,
    label: string,
    extra: Partial<React.ComponentProps<typeof InlineField>> = {},
  ) => (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>
        <InlineField
          label={label}
          value={contact[key]}
          readOnly={readOnly}
          validate={validatorFor(key)}
          onSave={(value) => editor.save({ [key]: value || null } as Partial<ContactInput>)}
          {...extra}
        />
      </DataList.ItemValue>
    </DataList.Item>
  );
  const phone = (raw: string | null, e164: string | null, ext: string | null) => {
    const href = telHref(e164, raw, ext);
    return href ? (
      <Anchor href={href} size="sm">
        {phoneLabel(raw, ext)}
      </Anchor>
    ) : undefined;
  };

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} mb="sm">
        Details
      </Title>
      <DataList labelWidth={112} gap={4} size="sm">
        {field('firstName', 'First name')}
        {field('lastName', 'Last name')}
        {field('title', 'Title')}
        {field('phone', 'Phone', { display: phone(contact.phone, contact.phoneE164, contact.phoneExt) })}
        {field('mobile', 'Mobile', { display: phone(contact.mobile, contact.mobileE164, null) })}
        {field('email', 'Email', {
          display: contact.email ? (
            <Anchor href={`mailto:${contact.email}`} size="sm">
              {contact.email}
            </Anchor>
          ) : undefined,
        })}
        {field('city', 'City')}
        {field('state', 'State', {
          kind: 'select',
          options: stateOptions,
          display: contact.state ? (
            <Text size="sm">
              {stateName(contact.state)} ({contact.state})
            </Text>
          ) : undefined,
        })}
        {field('zip', 'ZIP')}
        {field('source', 'Source')}
        <DataList.Item>
          <DataList.ItemLabel>Tags</DataList.ItemLabel>
          <DataList.ItemValue>
            <InlineTags value={contact.tags} readOnly={readOnly} onSave={(tags) => editor.save({ tags })} />
          </DataList.ItemValue>
        </DataList.Item>
        {field('notes', 'Background', {
          kind: 'textarea',
          display: (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {contact.notes}
            </Text>
          ),
        })}
        <DataList.Item>
          <DataList.ItemLabel>Created</DataList.ItemLabel>
          <DataList.ItemValue>
            <Text size="sm" c="dimmed">
              {formatDate(contact.createdAt)}
            </Text>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Paper>
  );
}
