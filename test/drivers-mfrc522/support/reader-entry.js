// Bundle entry for MFRC522 tests on the virtual board: the Espruino HAL and the board's MFRC522
// readers (connectMfrc522Readers, as the firmware connects them), events printed one per line.
// Plain JS so the host type-check (which has no Espruino globals) never follows it into hal/espruino.
import board from "@board";
import { createEspruinoHal } from "../../../hal/espruino/create-hal";
import { connectMfrc522Readers } from "../../../hal/drivers/mfrc522-readers";

function emit(type, detail) {
  console.log("EVT " + JSON.stringify({ t: Math.round(getTime() * 1000), type: type, detail: detail }));
}

global.readers = connectMfrc522Readers(createEspruinoHal(board), board.cardReaders, {
  onCard: function (card) {
    emit("card-read", "reader " + (card.reader + 1) + " bits " + card.bits);
  },
  onCardRemoved: function (reader) {
    emit("card-removed", "reader " + (reader + 1));
  },
  onFault: function (reader, fault) {
    emit("reader-fault", "reader " + (reader + 1) + " " + fault);
  },
  onRecovered: function (reader) {
    emit("reader-recovered", "reader " + (reader + 1));
  },
});
