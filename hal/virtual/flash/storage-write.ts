/**
 * jsfWriteFile: create or fill a file. Offset 0 means "this is the file now": an existing file
 * that differs (size, kind, or already-written bytes) is marked deleted BEFORE the new one is
 * allocated, so a cut or a full Storage in between leaves neither. A non-zero offset writes into
 * the existing file, and only into bytes that are still erased.
 */
import { compactStorage, type ConsolePrint } from "./storage-compaction";
import type { StorageArea } from "./storage-area";
import type { HeaderBuffer } from "./storage-format";

export function writeStorageFile(
  area: StorageArea,
  name: Uint8Array,
  data: Uint8Array,
  flags: number,
  offset: number,
  size: number,
  print?: ConsolePrint,
): boolean {
  if (offset < 0 || size < 0) return false;
  if (size === 0) size = data.length;
  if (!size) throw new Error("Can't create zero length file");
  const found = area.findFile(name);
  let addr = found ? found.dataAddr : 0;
  let header: HeaderBuffer | undefined = found?.header;
  const mustCreate =
    offset === 0 && (!found || flags !== found.header.flags || size !== found.header.fileSize || !area.isErased(found.dataAddr, size));
  if (mustCreate) {
    const identical =
      found && size === found.header.fileSize && flags === found.header.flags && data.length === size && area.isEqual(found.dataAddr, data);
    if (identical) return true;
    if (found) area.markDeleted(found.dataAddr);
    const created = area.createFile(name, size, flags, () => compactStorage(area, print));
    addr = created ? created.dataAddr : 0;
    header = created?.header;
  }
  if (!addr || !header) throw new Error("Unable to find or create file");
  if (offset + data.length > header.fileSize) throw new Error("Too much data for file size");
  addr += offset;
  if (!area.isErased(addr, data.length)) throw new Error("File already written with different data");
  area.writeAligned(addr, data);
  return true;
}
