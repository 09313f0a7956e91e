/** BASE_PATH as Vite wants it, "/" or "/a/b/", from whatever a person or a CI step writes ("explorer", "/explorer", "/repo/", ""). */
export function basePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
