import { LinkTabs } from '@/app/_ui/content/link-tabs';
import { cmeListHref } from './paths';

/** Current and Archive, each its own cached address; the specialty filter carries over. */
export function CmeTabs({ archive, specialty }: { archive: boolean; specialty: string | null }) {
  return (
    <LinkTabs
      label="Current or archived activities"
      tabs={[
        { href: cmeListHref({ archive: false, specialty, page: 1 }), label: 'Current activities', isActive: !archive },
        { href: cmeListHref({ archive: true, specialty, page: 1 }), label: 'Archive', isActive: archive },
      ]}
    />
  );
}
