import { Badge, Group, List, Skeleton, Table, Text, Tooltip } from '@mantine/core';
import type { PreviewRow } from '../../../shared/imports';

const columns = [
  'Line',
  'Name',
  'Company',
  'Title',
  'Email',
  'Phone',
  'Mobile',
  'Location',
  'Source',
  'Tags',
];

/** The first rows as the import will store them (E.164 phones, USPS states…), rejected rows marked. */
export function PreviewTable({ rows }: { rows: PreviewRow[] | undefined }) {
  return (
    <Table.ScrollContainer minWidth={1100} type="native">
      <Table
        aria-label="Preview"
        aria-busy={!rows}
        fz="sm"
        verticalSpacing={6}
        style={{ whiteSpace: 'nowrap' }}
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c} ta={c === 'Line' ? 'right' : undefined}>
                <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3}>
                  {c}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows ? rows.map((row) => <PreviewLine key={row.line} row={row} />) : <LoadingRows />}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const dash = (value: string | null) =>
  value ? (
    value
  ) : (
    <Text span c="dimmed">
      —
    </Text>
  );

function PreviewLine({ row }: { row: PreviewRow }) {
  const c = row.contact;
  const rejected = row.problems.length > 0;
  const place = [c.city, [c.state, c.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <>
      <Table.Tr bg={rejected ? 'var(--mantine-color-red-light)' : undefined}>
        <Table.Td ta="right" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {row.line}
        </Table.Td>
        <Table.Td fw={500} style={{ whiteSpace: 'nowrap' }}>
          {c.name ? (
            c.name
          ) : (
            <Text span c="dimmed">
              No name
            </Text>
          )}
        </Table.Td>
        <Table.Td>{dash(c.company)}</Table.Td>
        <Table.Td>{dash(c.title)}</Table.Td>
        <Table.Td>{dash(c.email)}</Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{dash(c.phone)}</Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>{dash(c.mobile)}</Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          {place ? (
            <Tooltip label={c.timeZone ?? 'Time zone unknown'} disabled={!c.timeZone} withArrow>
              <span>{place}</span>
            </Tooltip>
          ) : (
            dash(null)
          )}
        </Table.Td>
        <Table.Td>{dash(c.source)}</Table.Td>
        <Table.Td>
          {c.tags.length ? (
            <Group gap={4} wrap="nowrap">
              {c.tags.map((t) => (
                <Badge key={t} size="xs" variant="light" color="gray" radius="sm" tt="none">
                  {t}
                </Badge>
              ))}
            </Group>
          ) : (
            dash(null)
          )}
        </Table.Td>
      </Table.Tr>
      {rejected ? (
        <Table.Tr bg="var(--mantine-color-red-light)">
          <Table.Td />
          <Table.Td colSpan={columns.length - 1} pt={0}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Badge size="sm" color="red" variant="filled" radius="sm" tt="none">
                Will be rejected
              </Badge>
              <List size="sm" c="red.8" listStyleType="none">
                {row.problems.map((p) => (
                  <List.Item key={`${p.field}:${p.message}`}>{p.message}</List.Item>
                ))}
              </List>
            </Group>
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

function LoadingRows() {
  return Array.from({ length: 5 }, (_, row) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
    <Table.Tr key={row}>
      {columns.map((c) => (
        <Table.Td key={c}>
          <Skeleton height={12} radius="sm" width={c === 'Line' ? 20 : '70%'} />
        </Table.Td>
      ))}
    </Table.Tr>
  ));
}
