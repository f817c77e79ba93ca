import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FileDropZone } from './file-drop-zone';
import { formatBytes } from './format';
import { useUploadCsv } from './imports-api';

const MAX_BYTES = 1024 ** 3;
const csvName = /\.(csv|tsv|txt)$/i;

/** Why a picked file can't be a CSV import, or null when it may be sent. */
export function csvFileProblem(file: File): string | null {
  if (!csvName.test(file.name))
    return `“${file.name}” is not a CSV file. Export your contacts as .csv (comma, semicolon or tab separated).`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > MAX_BYTES)
    return `“${file.name}” is ${formatBytes(file.size)}; files up to 1 GB can be imported.`;
  return null;
}

/** Step 1: pick or drop a CSV; it is uploaded at once and the mapping screen opens. */
export function UploadCsv() {
  const upload = useUploadCsv();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<{ title: string; message: string } | null>(null);

  const send = (file: File) => {
    const invalid = csvFileProblem(file);
    setProblem(invalid ? { title: 'This file can’t be imported', message: invalid } : null);
    if (invalid) return;
    upload.mutate(file, {
      onSuccess: (result) => navigate(`/imports/${result.import.id}`),
      onError: (error) => setProblem({ title: `“${file.name}” could not be read`, message: error.message }),
    });
  };

  return (
    <Stack gap="sm">
      <FileDropZone
        label="CSV file"
        accept=".csv,.tsv,.txt,text/csv"
        busy={upload.isPending}
        error={Boolean(problem)}
        title={
          upload.isPending
            ? `Uploading ${upload.variables?.name ?? ''}…`
            : 'Drop a CSV file here or click to choose one'
        }
        hint="UTF-8 or Windows-1252 · comma, semicolon or tab separated · HubSpot, Salesforce and Pipedrive exports map themselves · up to 1 GB"
        onFile={send}
      />
      {problem ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={problem.title}
          role="alert"
        >
          {problem.message}
        </Alert>
      ) : null}
    </Stack>
  );
}
