import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Contact } from '../../../shared/contacts';
import { dealStageLabels } from '../../../shared/deals';
import { formatMoney, stageColors } from './deal-format';
import { NewDealModal } from './deal-modal';
import { useDeals } from './deals-api';

/** The contact page's "Deals" card: their deals, and the New deal button. */
export function ContactDealsCard({ contact }: { contact: Contact }) {
  const deals = useDeals({ contactId: contact.id });
  const [creating, setCreating] = useState(false);
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Deals">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          Deals
        </Title>
        {contact.deletedAt ? null : (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => setCreating(true)}
          >
            New deal
          </Button>
        )}
      </Group>
      {!deals.data ? (
        <Skeleton height={40} />
      ) : deals.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No deals yet. When they want a quote for a move, create one.
        </Text>
      ) : (
        <Stack gap="xs">
          {deals.data.map((deal) => (
            <Group key={deal.id} justify="space-between" wrap="nowrap">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/deals/${deal.id}`} size="sm" fw={500} truncate>
                  {deal.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatMoney(deal.valueCents)} · {deal.owner.name}
                </Text>
              </Stack>
              <Badge variant="light" color={stageColors[deal.stage]}>
                {dealStageLabels[deal.stage]}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
      {creating ? (
        <NewDealModal contact={{ id: contact.id, name: contact.name }} onClose={() => setCreating(false)} />
      ) : null}
    </Paper>
  );
}
