import { browser } from 'wxt/browser';

/**
 * Shows a browser notification when the user allowed them: the `notifications` permission is
 * optional (asked when the admin turns the health alert on, so installing Inboxlink shows no
 * "Display notifications" warning). In Chrome the service worker's web Notification API follows
 * that permission; Firefox's background page uses browser.notifications. Answers whether it showed.
 */
export async function showNotification(tag: string, title: string, body: string): Promise<boolean> {
  const scope = globalThis as { registration?: ServiceWorkerRegistration; Notification?: { permission: string } };
  const icon = browser.runtime.getURL('/icon/128.png');
  if (scope.registration?.showNotification && scope.Notification?.permission === 'granted') {
    await scope.registration.showNotification(title, { body, tag, icon });
    return true;
  }
  const notifications = (browser as unknown as { notifications?: { create(id: string, options: object): Promise<string> } }).notifications;
  if (!notifications?.create) return false;
  await notifications.create(tag, { type: 'basic', title, message: body, iconUrl: icon });
  return true;
}
