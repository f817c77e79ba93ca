import { Checkbox, Divider, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconCurrencyDollar } from '@tabler/icons-react';
import { dealStageLabels, openStages } from '../../../shared/deals';
import { DateField } from '../../components/date-field';
import { stateOptions } from '../../lib/state-options';
import { useTeam } from '../contacts/team-api';
import type { DealFormValues } from './deal-form-schema';

/** The deal's fields: the sale on top, the heavy-haul move below. `withStage` is off when editing. */
export function DealFormFields({
  form,
  withStage,
}: {
  form: UseFormReturnType<DealFormValues>;
  withStage: boolean;
}) {
  const team = useTeam();
  const field = (name: keyof DealFormValues) => form.getInputProps(name);
  // The date pickers hand over yyyy-mm-dd (or '' when cleared), the form's own shape.
  const dateField = (name: 'expectedCloseDate' | 'pickupFrom' | 'pickupTo') => ({
    ...field(name),
    value: form.getValues()[name],
    onChange: (value: string) => form.setFieldValue(name, value),
  });
  return (
    <>
      <TextInput
        label="Title"
        placeholder="CAT 349 excavator, Houston → Tulsa"
        withAsterisk
        data-autofocus
        {...field('title')}
      />
      <SimpleGrid cols={{ base: 1, xs: withStage ? 3 : 2 }} spacing="sm">
        <TextInput
          label="Value"
          placeholder="48,500"
          withAsterisk
          inputMode="decimal"
          leftSection={<IconCurrencyDollar size={16} />}
          {...field('value')}
        />
        {withStage ? (
          <Select
            label="Stage"
            data={openStages.map((s) => ({ value: s, label: dealStageLabels[s] }))}
            allowDeselect={false}
            {...field('stage')}
          />
        ) : null}
        <DateField label="Expected close" {...dateField('expectedCloseDate')} />
      </SimpleGrid>
      {team.manager ? (
        <Select
          label="Owner"
          placeholder="The contact's owner"
          data={team.people.map((p) => ({ value: p.id, label: p.name }))}
          searchable
          clearable
          {...field('ownerId')}
        />
      ) : null}
      <Divider label="The move" labelPosition="left" mt="xs" />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput
          label="Equipment"
          placeholder="Excavator, crane, transformer…"
          {...field('equipmentType')}
        />
        <TextInput label="Weight (lb)" placeholder="82,000" inputMode="numeric" {...field('weightLb')} />
      </SimpleGrid>
      <SimpleGrid cols={3} spacing="sm">
        <TextInput label="Length (ft)" placeholder="32" inputMode="decimal" {...field('lengthFt')} />
        <TextInput label="Width (ft)" placeholder="11" inputMode="decimal" {...field('widthFt')} />
        <TextInput label="Height (ft)" placeholder="10.5" inputMode="decimal" {...field('heightFt')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Group gap="xs" grow wrap="nowrap" align="flex-start">
          <TextInput label="Origin city" placeholder="Houston" {...field('originCity')} />
          <Select
            label="State"
            aria-label="Origin state"
            data={stateOptions}
            searchable
            clearable
            maw={110}
            {...field('originState')}
          />
        </Group>
        <Group gap="xs" grow wrap="nowrap" align="flex-start">
          <TextInput label="Destination city" placeholder="Tulsa" {...field('destinationCity')} />
          <Select
            label="State"
            aria-label="Destination state"
            data={stateOptions}
            searchable
            clearable
            maw={110}
            {...field('destinationState')}
          />
        </Group>
        <DateField label="Pickup from" {...dateField('pickupFrom')} />
        <DateField label="Pickup to" {...dateField('pickupTo')} />
      </SimpleGrid>
      <Group gap="xl" mt={4}>
        <Checkbox label="Permits needed" {...form.getInputProps('permitsNeeded', { type: 'checkbox' })} />
        <Checkbox label="Escorts needed" {...form.getInputProps('escortsNeeded', { type: 'checkbox' })} />
      </Group>
    </>
  );
}
