import { Button, Checkbox, Group, Modal, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { type Contact, type ContactColumn, contactColumns } from '../../../shared/contacts';
import { pluralize } from '../../lib/format';
import { columnLabel } from './contact-columns';
import type { ListFilters } from './contact-list-query';
import { contactsCsv, download, exportUrl } from './export-csv';

type Props = {
  filters: ListFilters;
  total: number;
  /** More than `total` match (the list's count stops at 10,000). */
  capped?: boolean;
  /** Hand-picked contacts; empty when exporting the whole filter. */
  picked: Contact[];
  columns: ContactColumn[];
  onClose: () => void;
};

/** CSV of the selection or of everything matching the filter, with the columns the person picks. */
export function ExportModal({ filters, total, capped = false, picked, columns, onClose }: Props) {
  const [scope, setScope] = useState<'picked' | 'filter'>(picked.length ? 'picked' : 'filter');
  const [chosen, setChosen] = useState<string[]>(columns);
  const ordered = contactColumns.filter((c) => chosen.includes(c));
  const day = new Date().toISOString().slice(0, 10);

  const exportPicked = () => {
    download(contactsCsv(picked, ordered), `lowboy-contacts-${day}.csv`);
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title="Export contacts to CSV" size="lg">
      <Stack gap="md">
        <Radio.Group label="Contacts" value={scope} onChange={(v) => setScope(v as 'picked' | 'filter')}>
          <Stack gap={8} mt={6}>
            {picked.length ? (
              <Radio value="picked" label={`The ${pluralize(picked.length, 'selected contact')}`} />
            ) : null}
            <Radio
              value="filter"
              label={`All ${pluralize(total, 'contact', undefined, capped)} matching the current filter`}
            />
          </Stack>
        </Radio.Group>
        <Checkbox.Group label="Columns" value={chosen} onChange={setChosen}>
          <SimpleGrid cols={3} spacing={8} mt={6}>
            {contactColumns.map((c) => (
              <Checkbox key={c} value={c} label={columnLabel(c)} size="xs" />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Text size="xs" c="dimmed">
          UTF-8 with a byte-order mark, so Excel opens it with the right characters.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          {scope === 'picked' ? (
            <Button
              leftSection={<IconDownload size={16} />}
              disabled={!ordered.length}
              onClick={exportPicked}
            >
              Download CSV
            </Button>
          ) : (
            <Button
              component="a"
              href={exportUrl(filters, ordered)}
              download
              leftSection={<IconDownload size={16} />}
              disabled={!ordered.length}
              onClick={onClose}
            >
              Download CSV
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
