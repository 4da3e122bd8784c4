// Handing a record to the person (PROFILE §9: the app never keeps a copy itself): as a download,
// or — for a desk that opted in — straight into a folder the desk picked (File System Access API,
// Chromium-based browsers). The folder handle lives only in this page's memory: after a reload the
// desk picks the folder again (a stored handle would need a permission prompt mid-queue anyway).
// A file already in the folder is never overwritten: the next free name is taken.

interface DirectoryHandle {
  name: string;
  getFileHandle(
    name: string,
    options?: { create?: boolean },
  ): Promise<{
    createWritable(): Promise<{ write(data: Blob): Promise<void>; close(): Promise<void> }>;
  }>;
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}

type DirectoryPicker = (options?: { mode?: 'readwrite'; id?: string }) => Promise<DirectoryHandle>;

let folder: DirectoryHandle | null = null;

const picker = (): DirectoryPicker | undefined =>
  (globalThis as unknown as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;

/** Whether this browser can save into a folder (else every record is a download). */
export const canPickFolder = () => typeof picker() === 'function';

/** The folder's name, when one is picked. */
export const pickedFolderName = () => folder?.name;

/** Asks for the folder (needs a click). False when cancelled or unsupported. */
export async function pickRecordFolder(): Promise<boolean> {
  const pick = picker();
  if (!pick) return false;
  try {
    folder = await pick({ mode: 'readwrite', id: 'dqc-records' });
    return true;
  } catch {
    return false; // cancelled
  }
}

export function forgetRecordFolder(): void {
  folder = null;
}

/** A download of the PDF, named `name`. */
export function downloadRecord(pdf: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([pdf as BlobPart], { type: 'application/pdf' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `name`, or `name (2)`, `name (3)`… whichever the folder does not hold yet. */
async function freeName(dir: DirectoryHandle, name: string): Promise<string> {
  const dot = name.lastIndexOf('.');
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? name : `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
    try {
      await dir.getFileHandle(candidate);
    } catch {
      return candidate; // NotFoundError: free
    }
  }
  throw new Error('no free file name');
}

/**
 * Into the picked folder when there is one and it is still writable; otherwise a download.
 * Returns where it went ('folder' or 'download').
 */
export async function saveRecordFile(pdf: Uint8Array, name: string): Promise<'folder' | 'download'> {
  const dir = folder;
  if (dir && (await dir.queryPermission?.({ mode: 'readwrite' })) !== 'denied') {
    try {
      const file = await dir.getFileHandle(await freeName(dir, name), { create: true });
      const writable = await file.createWritable();
      await writable.write(new Blob([pdf as BlobPart], { type: 'application/pdf' }));
      await writable.close();
      return 'folder';
    } catch {
      // the folder went away or was revoked: a download still hands the record over
    }
  }
  downloadRecord(pdf, name);
  return 'download';
}
