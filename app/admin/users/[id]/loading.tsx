export { AdminLoading as default } from '@/app/_ui/admin/admin-loading';
