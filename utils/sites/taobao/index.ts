// Taobao/Tmall readers register here (issue: read the seller consoles).
export {};
