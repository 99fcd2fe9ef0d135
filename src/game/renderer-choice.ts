import Phaser from 'phaser';

/** Renderers that draw WebGL on the CPU: a new hire's laptop without a usable GPU, a VDI, CI. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/**
 * WebGL when the GPU can run it, else Canvas. Through a software rasteriser every WebGL frame
 * is read back synchronously before the page can show it (hundreds of milliseconds a frame on
 * two cores), while Canvas 2D draws the same still room in a few. Browsers that judge WebGL too
 * slow say so through failIfMajorPerformanceCaveat; Chromium's SwiftShader does not, so the
 * renderer's name is asked as well.
 */
export function rendererChoice(shownWidth: number, fullWidth: number): RendererChoice {
  if (gpuIsUsable()) return { config: { type: Phaser.WEBGL }, resolution: 1 };
  // On the CPU every pixel costs, to draw and to hand to the compositor: draw as many as the
  // page shows (device pixels), never more than the stage's own size, nor fewer than half.
  const resolution = Math.round(Math.min(1, Math.max(0.5, shownWidth / fullWidth)) * 100) / 100;
  // Without a GPU an "accelerated" 2D canvas goes through the same software GL; a canvas the
  // CPU reads stays in memory.
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { alpha: true, willReadFrequently: true });
  return { config: context ? { type: Phaser.CANVAS, canvas, context } : { type: Phaser.CANVAS }, resolution };
}

export interface RendererChoice {
  readonly config: Pick<Phaser.Types.Core.GameConfig, 'type' | 'canvas' | 'context'>;
  /** Canvas pixels per stage unit. */
  readonly resolution: number;
}

function gpuIsUsable(): boolean {
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return false;
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return !SOFTWARE_GL.test(String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)));
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
