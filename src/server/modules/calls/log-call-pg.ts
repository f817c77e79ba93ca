import { sql } from 'kysely';
import { compiledOnce } from '../../../db/compiled';
import {
  type AppliedRow,
  applyCall,
  int,
  keys,
  type LoggedCall,
  loggedKind,
  open,
  text,
} from './log-call-sql';

// PostgreSQL: one statement, one round trip — the UPDATE, the tasks, the call and the event in writable CTEs.
export const runLogStatement = compiledOnce<LoggedCall, AppliedRow>(
  keys(
    'contactId',
    'repId',
    'anyOwner',
    'version',
    'status',
    'at',
    'followUpAt',
    'callId',
    'notes',
    'durationSec',
    'taskId',
    'taskKind',
    'eventId',
    'dataHead',
    'dataTail',
  ),
  (db, p, d) =>
    db
      .with('c', (qb) => applyCall(qb, p, d))
      .with('done', (qb) =>
        qb
          .updateTable('tasks')
          .set((eb) => ({
            status: 'done',
            completed_at: p.at,
            updated_at: p.at,
            version: eb('version', '+', 1),
          }))
          .where('tasks.contact_id', 'in', (eb) => eb.selectFrom('c').select('c.id'))
          .where('tasks.owner_id', '=', p.repId)
          .where('tasks.status', '=', open)
          .returning('tasks.id'),
      )
      .with('call', (qb) =>
        qb
          .insertInto('calls')
          .columns([
            'id',
            'contact_id',
            'rep_id',
            'outcome',
            'notes',
            'duration_sec',
            'follow_up_at',
            'called_at',
          ])
          .expression((eb) =>
            eb
              .selectFrom('c')
              .select([
                text(p.callId).as('id'),
                'c.id as contact_id',
                text(p.repId).as('rep_id'),
                text(p.status).as('outcome'),
                text(p.notes).as('notes'),
                int(p.durationSec).as('duration_sec'),
                text(p.followUpAt).as('follow_up_at'),
                text(p.at).as('called_at'),
              ]),
          ),
      )
      .with('task', (qb) =>
        qb
          .insertInto('tasks')
          .columns([
            'id',
            'kind',
            'status',
            'contact_id',
            'owner_id',
            'call_id',
            'due_at',
            'created_by',
            'created_at',
            'updated_at',
            'version',
          ])
          .expression((eb) =>
            eb
              .selectFrom('c')
              .select([
                text(p.taskId).as('id'),
                text(p.taskKind).as('kind'),
                open.as('status'),
                'c.id as contact_id',
                sql<string>`coalesce(c.owner_id, ${text(p.repId)})`.as('owner_id'),
                text(p.callId).as('call_id'),
                text(p.followUpAt).as('due_at'),
                text(p.repId).as('created_by'),
                text(p.at).as('created_at'),
                text(p.at).as('updated_at'),
                sql.lit(1).as('version'),
              ])
              // Its foreign key to the call is checked at the end of the statement, when the call row exists.
              .where(sql<boolean>`${text(p.followUpAt)} is not null`),
          ),
      )
      .with('event', (qb) =>
        qb
          .insertInto('timeline_events')
          .columns(['id', 'kind', 'contact_id', 'company_id', 'actor_id', 'data', 'occurred_at'])
          .expression((eb) =>
            eb
              .selectFrom('c')
              .select([
                text(p.eventId).as('id'),
                loggedKind.as('kind'),
                'c.id as contact_id',
                'c.company_id',
                text(p.repId).as('actor_id'),
                sql<string>`${text(p.dataHead)} || coalesce((select '[' || string_agg('"' || done.id || '"', ',') || ']' from done), '[]') || ${text(p.dataTail)}`.as(
                  'data',
                ),
                text(p.at).as('occurred_at'),
              ]),
          ),
      )
      .selectFrom('c')
      .selectAll(),
);
