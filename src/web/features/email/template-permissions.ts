import type { EmailTemplate } from '../../../shared/email';
import type { Me } from '../../../shared/users';
import { canManageUsers } from '../auth/current-user';

/** Managers edit the team's templates; anyone edits their own personal ones. */
export function canEditTemplate(me: Me, template: Pick<EmailTemplate, 'scope' | 'owner'>): boolean {
  if (template.scope === 'team') return canManageUsers(me);
  return template.owner?.id === me.id;
}

export const scopeLabel = (t: Pick<EmailTemplate, 'scope' | 'owner'>, me: Me) =>
  t.scope === 'team' ? 'Team' : t.owner?.id === me.id ? 'Mine' : `${t.owner?.name ?? 'Personal'}`;

/** The body a new template starts with: a greeting with a fallback and the rep's signature. */
export const starterBody = `Hi {{contact.firstName | "there"}},



Best,
{{rep.name}}
{{rep.phone}}`;
