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
export function rendererType(): number {
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return Phaser.CANVAS;
  try {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    return SOFTWARE_GL.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
