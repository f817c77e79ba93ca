import { usStates } from '../../shared/us-states';

/** "Texas (TX)" to pick from, stored as the USPS code. */
export const stateOptions = usStates.map(([code, name]) => ({ value: code, label: `${name} (${code})` }));
