import { Badge } from '@mantine/core';
import { type ContactStatus, contactStatusLabels } from '../../shared/contacts';

const statusColors: Record<ContactStatus, string> = {
  not_called: 'gray',
  no_answer: 'yellow',
  left_voicemail: 'orange',
  callback: 'blue',
  interested: 'teal',
  not_interested: 'red',
  wrong_number: 'pink',
  do_not_call: 'dark',
};

export function ContactStatusBadge({ status }: { status: ContactStatus }) {
  return (
    <Badge variant="light" color={statusColors[status]} radius="sm" tt="none" fw={500} miw="max-content">
      {contactStatusLabels[status]}
    </Badge>
  );
}
