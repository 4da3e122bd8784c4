// Camera access: the rear camera by default, switching, torch and zoom where the track supports
// them (MediaStreamTrack capabilities), tap-to-focus where pointsOfInterest is supported.

export interface CameraFeatures {
  torch: boolean;
  zoom: { min: number; max: number; step: number } | null;
  focus: boolean;
}

type Caps = MediaTrackCapabilities & {
  torch?: boolean;
  zoom?: { min: number; max: number; step?: number };
  focusMode?: string[];
};

export async function openCamera(deviceId?: string): Promise<MediaStream> {
  const video: MediaTrackConstraints = deviceId
    ? { deviceId: { exact: deviceId } }
    : { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } };
  return navigator.mediaDevices.getUserMedia({ video, audio: false });
}

export async function listCameras(): Promise<MediaDeviceInfo[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices.filter((d) => d.kind === 'videoinput');
}

export function features(track: MediaStreamTrack): CameraFeatures {
  const caps = (typeof track.getCapabilities === 'function' ? track.getCapabilities() : {}) as Caps;
  return {
    torch: caps.torch === true,
    zoom: caps.zoom ? { min: caps.zoom.min, max: caps.zoom.max, step: caps.zoom.step ?? 0.1 } : null,
    focus: Array.isArray(caps.focusMode) && caps.focusMode.includes('single-shot'),
  };
}

/** Advanced constraints the DOM typings do not list yet (torch, zoom, pointsOfInterest). */
async function apply(track: MediaStreamTrack, constraint: Record<string, unknown>): Promise<void> {
  try {
    await track.applyConstraints({ advanced: [constraint as MediaTrackConstraintSet] });
  } catch {
    // unsupported on this device: the control simply has no effect
  }
}

export const setTorch = (track: MediaStreamTrack, on: boolean) => apply(track, { torch: on });
export const setZoom = (track: MediaStreamTrack, zoom: number) => apply(track, { zoom });
export const focusAt = (track: MediaStreamTrack, x: number, y: number) =>
  apply(track, { pointsOfInterest: [{ x, y }], focusMode: 'single-shot' });

export function stopStream(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
