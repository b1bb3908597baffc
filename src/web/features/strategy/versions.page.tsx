/** Shell while the versions page is being written; replaced in this change. */
export function VersionsPage() {
  return null;
}
