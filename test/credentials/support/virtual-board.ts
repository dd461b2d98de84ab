import type { BoardDefinition } from "../../../hal/board";
import { bootCredentialsBoard as boot } from "../../../scripts/credentials/probe";
import { loadBoards } from "../../../scripts/build/boards";
import type { DeviceIdentity } from "../../../src/credentials/credential-cache";

export function virtualBoardDefinition(): BoardDefinition {
  return loadBoards().find((b) => b.id === "virtual")!;
}

export function bootCredentialsBoard(identity: DeviceIdentity, board = virtualBoardDefinition()) {
  return boot(identity, board);
}
