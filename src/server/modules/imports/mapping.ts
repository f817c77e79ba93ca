import { type ColumnMapping, type ImportField, multiColumnFields } from '../../../shared/imports';

// Header names → fields. Keys are headers lowercased with everything but letters and digits removed, so
// "First Name", "first_name" and "FIRST-NAME" are one key. Covers the export formats of HubSpot ("Phone Number",
// "State/Region"), Salesforce ("Account Name", "Mailing State/Province", "Zip/Postal Code") and Pipedrive
// ("Person - Name", "Organization - Name", "Person - Phone - Mobile").
const aliases: Record<ImportField, string[]> = {
  firstName: ['firstname', 'first', 'givenname', 'fname', 'forename'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'lname'],
  fullName: ['name', 'fullname', 'contactname', 'contact', 'personname', 'leadname', 'contactperson'],
  companyName: [
    'company',
    'companyname',
    'account',
    'accountname',
    'organization',
    'organisation',
    'organizationname',
    'organisationname',
    'business',
    'businessname',
    'employer',
    'associatedcompany',
  ],
  title: ['title', 'jobtitle', 'position', 'role', 'jobrole', 'designation'],
  email: [
    'email',
    'emailaddress',
    'mail',
    'workemail',
    'businessemail',
    'primaryemail',
    'emailwork',
    'emailhome',
    'emailother',
  ],
  phone: [
    'phone',
    'phonenumber',
    'telephone',
    'tel',
    'workphone',
    'businessphone',
    'officephone',
    'directphone',
    'mainphone',
    'phonework',
    'phonehome',
    'phoneother',
    'phone1',
    'primaryphone',
  ],
  mobile: [
    'mobile',
    'mobilephone',
    'mobilephonenumber',
    'mobilenumber',
    'cell',
    'cellphone',
    'cellnumber',
    'phonemobile',
    'phone2',
  ],
  city: ['city', 'town', 'mailingcity', 'billingcity', 'addresscity'],
  state: [
    'state',
    'stateregion',
    'stateprovince',
    'province',
    'region',
    'st',
    'mailingstateprovince',
    'billingstateprovince',
    'addressstate',
  ],
  zip: [
    'zip',
    'zipcode',
    'postalcode',
    'postcode',
    'zippostalcode',
    'mailingzippostalcode',
    'billingzippostalcode',
    'addresszip',
  ],
  source: ['source', 'leadsource', 'originalsource', 'contactsource', 'origin'],
  tags: ['tags', 'tag', 'labels', 'label', 'personlabels'],
  notes: ['notes', 'note', 'description', 'comments', 'comment', 'remarks'],
};

const fieldByAlias = new Map<string, ImportField>();
for (const [field, keys] of Object.entries(aliases) as [ImportField, string[]][]) {
  for (const k of keys) fieldByAlias.set(k, field);
}
const organizationPrefixes = new Set(['organization', 'organisation', 'company', 'account']);
const personPrefixes = new Set(['person', 'contact', 'lead']);

const keyOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The field a header most likely holds, or null. */
export function fieldForHeader(header: string): ImportField | null {
  const direct = fieldByAlias.get(keyOf(header));
  if (direct) return direct;
  // Pipedrive-style "Entity - Field - Kind": an organization's name is the company; a person's parts map as usual.
  const parts = header
    .split(/\s+-\s+/)
    .map(keyOf)
    .filter(Boolean);
  if (parts.length < 2) return null;
  const [entity, ...rest] = parts;
  const field = keyOf(rest.join(''));
  if (organizationPrefixes.has(entity!)) return field === 'name' ? 'companyName' : null;
  if (personPrefixes.has(entity!)) {
    if (field === 'organization' || field === 'organisation') return 'companyName';
    return fieldByAlias.get(field) ?? null;
  }
  return null;
}

/** One suggestion per column; a field is suggested once (a second phone column becomes the mobile). */
export function suggestMapping(headers: string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((h) => {
    let field = fieldForHeader(h);
    if (field === 'phone' && taken.has('phone') && !taken.has('mobile')) field = 'mobile';
    if (!field || (taken.has(field) && !multiColumnFields.includes(field))) return null;
    taken.add(field);
    return field;
  });
}
