import { splitName } from '../../../shared/contact-normalize';
import type { ContactInput } from '../../../shared/contacts';
import type { ColumnMapping } from '../../../shared/imports';

/** A CSV row read through the mapping: what a person would have typed into the contact form. */
export function contactInputOf(values: string[], mapping: ColumnMapping): ContactInput {
  const input: ContactInput = {};
  let fullName: string | undefined;
  const tags: string[] = [];
  const notes: string[] = [];
  mapping.forEach((field, i) => {
    const value = values[i];
    if (!field || !value) return;
    if (field === 'fullName') fullName = value;
    else if (field === 'tags') tags.push(...value.split(/[,;|]/));
    else if (field === 'notes') notes.push(value);
    else input[field] = value;
  });
  if (fullName && !input.firstName && !input.lastName) {
    const { first, last } = splitName(fullName);
    input.firstName = first;
    input.lastName = last;
  }
  const cleanTags = tags.map((t) => t.trim()).filter(Boolean);
  if (cleanTags.length) input.tags = cleanTags;
  if (notes.length) input.notes = notes.join('\n\n');
  return input;
}
