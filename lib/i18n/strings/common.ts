import { defineStrings } from '../types';

export const commonStrings = defineStrings({
  en: {
    extName: 'Tactful',
    extDescription:
      'Spots complaints in Gmail and on Facebook pages, drafts tactful replies, checks yours and keeps a verbatim local record.',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Saved',
    close: 'Close',
    loading: 'Loading…',
    error: 'Error',
  },
  'zh-TW': {
    extName: 'Tactful 客訴助手',
    extDescription: '在 Gmail 與 Facebook 粉絲專頁辨識客訴、依處理原則草擬回覆、檢查您的回覆，並在本機逐字記錄。',
    save: '儲存',
    cancel: '取消',
    saved: '已儲存',
    close: '關閉',
    loading: '載入中…',
    error: '錯誤',
  },
  'zh-CN': {
    extName: 'Tactful 客诉助手',
    extDescription: '在 Gmail 与 Facebook 公共主页识别客诉、按处理原则起草回复、检查您的回复，并在本机逐字记录。',
    save: '保存',
    cancel: '取消',
    saved: '已保存',
    close: '关闭',
    loading: '加载中…',
    error: '错误',
  },
});
