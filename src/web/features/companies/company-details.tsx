import { Anchor, DataList, Paper, Text, Title } from '@mantine/core';
import type { CompanyInput } from '../../../shared/contacts';
import { companyInputSchema } from '../../../shared/contacts';
import { stateName } from '../../../shared/us-states';
import { InlineField } from '../../components/inline-field';
import { stateOptions } from '../../lib/state-options';
import type { CompanyWithContacts } from './companies-api';
import type { CompanyEditor } from './use-company-editor';

type TextKey = 'name' | 'industry' | 'equipment' | 'website' | 'hqCity' | 'hqState' | 'notes';

function validatorFor(key: TextKey | 'fleetSize') {
  return (value: string): string | null => {
    if (key === 'fleetSize') {
      if (value === '') return null;
      const n = Number(value.replace(/,/g, ''));
      const parsed = companyInputSchema.shape.fleetSize.safeParse(n);
      return Number.isFinite(n) && parsed.success ? null : 'Enter a whole number, like 40.';
    }
    const parsed = companyInputSchema.shape[key].safeParse(value);
    return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Not valid.');
  };
}

function websiteHref(site: string): string {
  return /^https?:\/\//i.test(site) ? site : `https://${site}`;
}

/** The company's facts, each editable in place. */
export function CompanyDetails({ company, editor }: { company: CompanyWithContacts; editor: CompanyEditor }) {
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
          value={company[key]}
          validate={validatorFor(key)}
          onSave={(value) =>
            editor.save({ [key]: key === 'name' ? value : value || null } as Partial<CompanyInput>)
          }
          {...extra}
        />
      </DataList.ItemValue>
    </DataList.Item>
  );

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} mb="sm">
        Details
      </Title>
      <DataList labelWidth={110} gap={4} size="sm">
        {field('name', 'Name')}
        {field('industry', 'Industry')}
        {field('equipment', 'Equipment')}
        <DataList.Item>
          <DataList.ItemLabel>Fleet size</DataList.ItemLabel>
          <DataList.ItemValue>
            <InlineField
              label="Fleet size"
              value={company.fleetSize === null ? null : String(company.fleetSize)}
              validate={validatorFor('fleetSize')}
              onSave={(value) =>
                editor.save({ fleetSize: value === '' ? null : Number(value.replace(/,/g, '')) })
              }
            />
          </DataList.ItemValue>
        </DataList.Item>
        {field('website', 'Website', {
          display: company.website ? (
            <Anchor href={websiteHref(company.website)} target="_blank" rel="noopener noreferrer" size="sm">
              {company.website}
            </Anchor>
          ) : undefined,
        })}
        {field('hqCity', 'HQ city')}
        {field('hqState', 'HQ state', {
          kind: 'select',
          options: stateOptions,
          display: company.hqState ? (
            <Text size="sm">
              {stateName(company.hqState)} ({company.hqState})
            </Text>
          ) : undefined,
        })}
        {field('notes', 'Notes', {
          kind: 'textarea',
          display: (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {company.notes}
            </Text>
          ),
        })}
      </DataList>
    </Paper>
  );
}
