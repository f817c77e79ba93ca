import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/** The padded content area of a page; `width` caps reading pages, tables use the full width. */
export function PageContainer({ children, width }: { children: ReactNode; width?: number }) {
  return (
    <Box px={{ base: 'md', sm: 32 }} py={{ base: 'md', sm: 28 }} maw={width} w="100%">
      {children}
    </Box>
  );
}
