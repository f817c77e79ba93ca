/** "Good morning, Alex" by the viewer's clock. */
export function greetingFor(name: string, now: Date): string {
  const firstName = name.trim().split(/\s+/)[0] ?? name;
  const hour = now.getHours();
  const part = hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
  return `${part}, ${firstName}`;
}

export function formatToday(now: Date): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric' }).format(now);
}
