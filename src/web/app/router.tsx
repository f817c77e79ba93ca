import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../features/account/account-page';
import { RequireAuth } from '../features/auth/require-auth';
import { SignInPage } from '../features/auth/sign-in-page';
import { CallFlowPage } from '../features/calls/call-flow-page';
import { CompaniesPage } from '../features/companies/companies-page';
import { CompanyPage } from '../features/companies/company-page';
import { ConflictsPage } from '../features/conflicts/conflicts-page';
import { ContactPage } from '../features/contact-pages/contact-page';
import { ContactsPage } from '../features/contact-pages/contacts-page';
import { DealPage } from '../features/deals/deal-page';
import { DealsPage } from '../features/deals/deals-page';
import { OutboxPage } from '../features/email/outbox-page';
import { SuppressionsPage } from '../features/email/suppressions-page';
import { TemplatePage } from '../features/email/template-page';
import { TemplatesPage } from '../features/email/templates-page';
import { ImportPage } from '../features/imports/import-page';
import { ImportsPage } from '../features/imports/imports-page';
import { LegacyImportPage } from '../features/imports/legacy-import-page';
import { LeadRulesPage } from '../features/lead-rules/lead-rules-page';
import { LeadPoolPage } from '../features/leads/lead-pool-page';
import { MyDayPage } from '../features/my-day/my-day-page';
import { MyNumbersPage } from '../features/my-numbers/my-numbers-page';
import { ReportsPage } from '../features/reports/reports-page';
import { FollowUpsPage } from '../features/tasks/follow-ups-page';
import { TerritoriesPage } from '../features/territories/territories-page';
import { UsersPage } from '../features/users/users-page';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';

export const router = createBrowserRouter([
  { path: '/login', element: <SignInPage /> },
  {
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <MyDayPage /> },
      { path: 'call/:contactId?', element: <CallFlowPage /> },
      { path: 'follow-ups', element: <FollowUpsPage /> },
      { path: 'numbers', element: <MyNumbersPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'contacts', element: <ContactsPage /> },
      { path: 'contacts/:id', element: <ContactPage /> },
      { path: 'deals', element: <DealsPage /> },
      { path: 'deals/:id', element: <DealPage /> },
      { path: 'companies', element: <CompaniesPage /> },
      { path: 'companies/:id', element: <CompanyPage /> },
      { path: 'conflicts', element: <ConflictsPage /> },
      { path: 'pool', element: <LeadPoolPage /> },
      { path: 'templates', element: <TemplatesPage /> },
      { path: 'templates/:id', element: <TemplatePage /> },
      { path: 'outbox', element: <OutboxPage /> },
      { path: 'suppressions', element: <SuppressionsPage /> },
      { path: 'territories', element: <TerritoriesPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'settings/leads', element: <LeadRulesPage /> },
      { path: 'imports', element: <ImportsPage /> },
      { path: 'imports/legacy', element: <LegacyImportPage /> },
      { path: 'imports/:id', element: <ImportPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
