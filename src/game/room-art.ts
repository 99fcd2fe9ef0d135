import type Phaser from 'phaser';
import type { Setting } from '../core/tags';
import { addSvgTexture } from './svg-texture';
import office from '../../assets/rooms/office.svg?raw';
import officeTable from '../../assets/rooms/office-table.svg?raw';
import boardroom from '../../assets/rooms/boardroom.svg?raw';
import boardroomTable from '../../assets/rooms/boardroom-table.svg?raw';
import cafe from '../../assets/rooms/cafe.svg?raw';
import cafeTable from '../../assets/rooms/cafe-table.svg?raw';
import phone from '../../assets/rooms/phone.svg?raw';
import video from '../../assets/rooms/video.svg?raw';
import videoTileShelves from '../../assets/rooms/video-tile-shelves.svg?raw';
import videoTilePlant from '../../assets/rooms/video-tile-plant.svg?raw';
import videoTileWindow from '../../assets/rooms/video-tile-window.svg?raw';

/**
 * The SVG art of each setting, bundled as text: a few KB each, and rasterised only when the
 * setting is first shown.
 */
export const ROOM_ART = {
  office: { backdrop: office, table: officeTable },
  boardroom: { backdrop: boardroom, table: boardroomTable },
  cafe: { backdrop: cafe, table: cafeTable },
  phone: { backdrop: phone },
  video: { backdrop: video, tile0: videoTileShelves, tile1: videoTilePlant, tile2: videoTileWindow },
} as const satisfies Record<Setting, Record<string, string>>;

export type RoomPart<S extends Setting> = keyof (typeof ROOM_ART)[S] & string;

export function roomKey<S extends Setting>(setting: S, part: RoomPart<S>): string {
  return `room:${setting}:${part}`;
}

export function loadRoomArt(textures: Phaser.Textures.TextureManager, setting: Setting): Promise<void> {
  const parts: Record<string, string> = ROOM_ART[setting];
  return Promise.all(
    Object.entries(parts).map(([part, svg]) => addSvgTexture(textures, `room:${setting}:${part}`, svg)),
  ).then(() => undefined);
}
