import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';

dayjs.extend(customParseFormat);

const dateFormats = ['YYYY-MM-DD', 'M/D/YYYY', 'M/D/YY', 'MMM D, YYYY', 'MMMM D, YYYY', 'MMM D YYYY'];
const timeFormats = ['YYYY-MM-DDTHH:mm', 'YYYY-MM-DD HH:mm', 'YYYY-MM-DD HH:mm:ss'].concat(
  ...['M/D/YYYY', 'MMM D, YYYY', 'MMMM D, YYYY'].map((d) => [`${d} h:mm A`, `${d} h:mm a`, `${d} H:mm`]),
);

/** What a person typed as a date (or date and time), read strictly: "2/30/2026" is no date. */
export function parseTypedDate(text: string, withTime = false): string | null {
  const at = dayjs(text.trim(), withTime ? timeFormats : dateFormats, true);
  return at.isValid() ? at.format(withTime ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD') : null;
}

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  /** yyyy-mm-dd, or '' for none. */
  value: string;
  onChange: (value: string) => void;
};

/** A calendar date typed ("3/14/2026", "2026-03-14", "Mar 14, 2026") or picked; the value stays yyyy-mm-dd. */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  return (
    <DateInput
      valueFormat="MMM D, YYYY"
      dateParser={(text) => parseTypedDate(text)}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      clearable
      {...props}
    />
  );
}
