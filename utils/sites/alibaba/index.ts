// Alibaba.com readers register here (issue: read the seller consoles).
export {};
