import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to SQLite in ./data and port 3000', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBe('sqlite:./data/lowboy.db');
    expect(c.port).toBe(3000);
    expect(c.sessionIdleMs).toBe(12 * 3_600_000);
    expect(c.sessionAbsoluteMs).toBe(7 * 86_400_000);
    expect(c.secureCookies).toBe(false);
  });

  it('stops with a message naming each bad variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SESSION_IDLE_HOURS: '0' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL: must be sqlite:<path> or postgres://');
      expect(message).toContain('SESSION_IDLE_HOURS');
    }
  });

  it('marks cookies Secure when served over https', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://crm.heavyhaulers.test' }).secureCookies).toBe(true);
  });
});
