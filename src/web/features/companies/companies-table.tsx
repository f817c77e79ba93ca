import { Anchor, Skeleton, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Company } from '../../../shared/contacts';

const columns = ['Name', 'Industry', 'Equipment they move', 'Fleet size', 'HQ', 'Contacts'];

export function CompaniesTable({
  companies,
  emptyState,
}: {
  companies: Company[] | undefined;
  emptyState: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={900} type="native">
      <Table highlightOnHover stickyHeader aria-busy={!companies}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c} ta={c === 'Fleet size' || c === 'Contacts' ? 'right' : undefined}>
                <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.3} span>
                  {c}
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {!companies ? (
            Array.from({ length: 10 }, (_, row) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
              <Table.Tr key={row}>
                {columns.map((c) => (
                  <Table.Td key={c}>
                    <Skeleton height={12} width={`${50 + ((row * 11 + c.length * 7) % 40)}%`} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))
          ) : companies.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={columns.length} py={48}>
                {emptyState}
              </Table.Td>
            </Table.Tr>
          ) : (
            companies.map((c) => (
              <Table.Tr
                key={c.id}
                style={{ cursor: 'pointer' }}
                onClick={() => navigate(`/companies/${c.id}`)}
              >
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/companies/${c.id}`}
                    fw={500}
                    c="var(--mantine-color-text)"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{c.industry ?? <Dash />}</Table.Td>
                <Table.Td maw={280}>
                  <Text size="sm" truncate title={c.equipment ?? undefined}>
                    {c.equipment ?? <Dash />}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{c.fleetSize?.toLocaleString('en-US') ?? <Dash />}</Table.Td>
                <Table.Td>{[c.hqCity, c.hqState].filter(Boolean).join(', ') || <Dash />}</Table.Td>
                <Table.Td ta="right">{c.contactCount ?? 0}</Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Dash() {
  return (
    <Text span c="dimmed">
      —
    </Text>
  );
}
