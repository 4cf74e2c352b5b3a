import { defineStrings } from '../types';

/** Strings the content scripts show on Gmail and Facebook outside the sidebar and the card. */
export const contentStrings = defineStrings({
  en: {
    updated: 'Tactful was updated — reload this page',
    reload: 'Reload',
    dismiss: 'Dismiss',
    notRecorded: 'Not recorded: {reason}',
    failed_author_mismatch:
      'a case with this id already belongs to another author, so this text was not added to it. Record it again after reloading the page; if it persists, the comment has no permalink of its own.',
    failed_source_mismatch: 'the case store refused a capture that did not come from this site.',
    failed_invalid_message: 'the case store refused it ({message}).',
    failed_unreachable: 'Tactful’s background did not answer after {count} tries.',
    failed_other: 'the case store reported an error ({message}).',
    failed_gone: 'the comment is no longer on the page.',
  },
  'zh-TW': {
    updated: 'Tactful 已更新，請重新整理此頁面',
    reload: '重新整理',
    dismiss: '關閉',
    notRecorded: '未記錄：{reason}',
    failed_author_mismatch:
      '這個編號的案件屬於另一位作者，所以這段文字沒有加入該案件。請重新整理頁面後再記錄一次；若仍如此，代表這則留言沒有自己的固定連結。',
    failed_source_mismatch: '案件資料庫拒絕了不是來自這個網站的記錄。',
    failed_invalid_message: '案件資料庫拒絕了這筆記錄（{message}）。',
    failed_unreachable: 'Tactful 的背景程式在嘗試 {count} 次後仍沒有回應。',
    failed_other: '案件資料庫回報錯誤（{message}）。',
    failed_gone: '這則留言已不在頁面上。',
  },
  'zh-CN': {
    updated: 'Tactful 已更新，请刷新此页面',
    reload: '刷新',
    dismiss: '关闭',
    notRecorded: '未记录：{reason}',
    failed_author_mismatch:
      '这个编号的案件属于另一位作者，所以这段文字没有加入该案件。请刷新页面后再记录一次；若仍如此，说明这条评论没有自己的固定链接。',
    failed_source_mismatch: '案件数据库拒绝了不是来自这个网站的记录。',
    failed_invalid_message: '案件数据库拒绝了这条记录（{message}）。',
    failed_unreachable: 'Tactful 的后台程序在尝试 {count} 次后仍没有响应。',
    failed_other: '案件数据库报告错误（{message}）。',
    failed_gone: '这条评论已不在页面上。',
  },
});
